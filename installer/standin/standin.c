/* A stand-in for the PyInstaller programs of OCOP Desktop, for installer/installer_check.py.
 *
 * Built twice with mingw-w64 (x86_64-w64-mingw32-gcc): as the windowed OCOPDesktop.exe
 * (-mwindows) and as the console ocop-desktop.exe, each with the version of the package
 * (-DOCOP_VERSION="x.y.z") and the same Windows file properties as the real programs
 * (standin.rc). It proves that the installed program starts from where the installer put it:
 *
 *     ocop-desktop.exe --version         prints "ocop-desktop x.y.z" (as the real CLI does)
 *     OCOPDesktop.exe --write-proof FILE writes "OCOPDesktop x.y.z <own path>" into FILE
 *                                        (a windowed program has no console to print to)
 *
 * Any other use exits with code 2. It touches no data folder: the data file, its backups and
 * the settings in %LOCALAPPDATA%\OCOP\OCOP Desktop are the check's own to place and inspect.
 */
#include <stdio.h>
#include <string.h>
#include <windows.h>

#ifndef OCOP_VERSION
#error "pass -DOCOP_VERSION=x.y.z in quotes"
#endif
#ifndef OCOP_NAME
#error "pass -DOCOP_NAME=OCOPDesktop or ocop-desktop in quotes"
#endif

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--version") == 0) {
        printf("%s %s\n", "ocop-desktop", OCOP_VERSION);
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "--write-proof") == 0) {
        char self[MAX_PATH];
        DWORD length = GetModuleFileNameA(NULL, self, sizeof self);
        FILE *out = fopen(argv[2], "w");
        if (length == 0 || out == NULL)
            return 1;
        fprintf(out, "%s %s %s\n", OCOP_NAME, OCOP_VERSION, self);
        return fclose(out) == 0 ? 0 : 1;
    }
    fprintf(stderr, "usage: %s --version | --write-proof FILE\n", OCOP_NAME);
    return 2;
}
