"""The app's voice, shared by both shells: problem codes and catalogue names become
user-facing, translatable Vietnamese text here (and only here).

Only QtCore is imported (``QCoreApplication.translate``), so the command line uses these
modules without a display and without the GUI package: ``cli/`` never imports ``ui/``.
"""
