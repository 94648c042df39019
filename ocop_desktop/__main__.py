"""`python -m ocop_desktop` runs the same entry point as `ocop-desktop`."""

from ocop_desktop.launch import main

if __name__ == "__main__":
    main()
