; Inno Setup 6 script: the Windows installer of OCOP Desktop.
;
; Inno Setup version: 6.2.2, the version whose Default.isl installer\Vietnamese.isl (this
; project's own Vietnamese wizard texts) matches message for message. The script compiles with
; later 6.x releases too, but their Default.isl has other message names and the compiler
; warns; the release check (python installer\installer_check.py) fails on any warning, so
; a newer Inno Setup means updating Vietnamese.isl first (docs/packaging.md).
;
; Build the bundle first (python installer\build.py), then either
;     python installer\build.py --installer
; (which passes the version and the bundle folder), or open this file in Inno Setup 6 and
; press Compile (it then reads the version from ocop_desktop\__init__.py itself).
;
; What the installer does: a Vietnamese wizard; installs the one-folder bundle into
; Program Files (or, without administrator rights, into the user's own programs folder);
; Start-menu shortcuts (the program, the user guide, the uninstaller) and, if ticked, a
; desktop shortcut; the uninstaller removes the program only. The user's data - the data file
; ocop.sqlite, its backups and the settings in %LOCALAPPDATA%\OCOP\OCOP Desktop (see
; ocop_desktop\paths.py) - is never touched by the installer or the uninstaller: a
; reinstall or an upgrade finds the log as it was.
;
; This file is UTF-8 with a byte order mark: Inno Setup reads a file without one as ANSI,
; which would garble the Vietnamese texts below.

#define AppName "OCOP Desktop"
#define AppPublisher "OCOP"
#define AppExeName "OCOPDesktop.exe"
#define CliExeName "ocop-desktop.exe"

#ifndef AppVersion
  ; Read __version__ = "x.y.z" from the package, so the version is written in one place.
  #define VersionFile AddBackslash(SourcePath) + "..\ocop_desktop\__init__.py"
  #define VersionHandle FileOpen(VersionFile)
  #if !VersionHandle
    #error Cannot read ocop_desktop\__init__.py for the version; pass /DAppVersion=x.y.z
  #endif
  #define AppVersion ""
  #sub ReadVersionLine
    #define Line FileRead(VersionHandle)
    #if Pos("__version__ = ", Line) == 1
      ; "public": a plain #define inside a #sub is lost when the sub returns.
      #define public AppVersion Copy(Line, 16, Len(Line) - 16)
    #endif
  #endsub
  #for {0; AppVersion == "" && !FileEof(VersionHandle); 0} ReadVersionLine
  #expr FileClose(VersionHandle)
  #if AppVersion == ""
    #error No __version__ line in ocop_desktop\__init__.py; pass /DAppVersion=x.y.z
  #endif
#endif

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\OCOPDesktop"
#endif
#if !FileExists(AddBackslash(BundleDir) + AppExeName)
  #error The bundle is missing: run "python installer\build.py" first
#endif

[Setup]
; The AppId identifies the program to Windows across versions: never change it.
AppId={{5C1E7A52-8D1B-4C57-9F0B-2E64B3A0D6C1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppComments=Sổ ghi và báo cáo tuyên truyền cho đài truyền thanh cấp xã
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Offices often lack administrator rights: install for this user then, or for all users
; when the person installing chooses so (and has the rights).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
OutputDir=..\dist\installer
OutputBaseFilename=OCOPDesktop-{#AppVersion}-setup
SetupIconFile=..\ocop_desktop\resources\ocop-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; Always the Vietnamese wizard, as the program itself opens in Vietnamese whatever the language
; of Windows (offices often run an English Windows); /LANG=english gives the English one.
LanguageDetectionMethod=none
; The bundle is 64-bit (PySide6 6 has no 32-bit Windows build). "x64compatible" (x64, and
; Windows on Arm which runs x64 programs) exists from Inno Setup 6.3; 6.2 knows only "x64".
#if Ver >= EncodeVer(6, 3, 0)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#else
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
#endif
MinVersion=10.0
; An open OCOP Desktop is closed (it saves as it goes) before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
; Vietnamese.isl is this project's own translation of Inno Setup's Default.isl (Inno Setup's
; official languages have no Vietnamese). It sits beside this script and has exactly the
; message names of the Default.isl of Inno Setup 6.2.2 (installer/default_isl_keys.txt).
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.UserGuide=Hướng dẫn sử dụng OCOP Desktop
vietnamese.CommandLine=OCOP Desktop - dòng lệnh
vietnamese.LaunchAfter=Mở OCOP Desktop
vietnamese.DataKept=Dữ liệu của bạn (tệp ocop.sqlite, các bản sao lưu và cài đặt) không bị xóa. Nó vẫn nằm trong thư mục:%n%n%1%n%nNếu cài lại OCOP Desktop, phần mềm sẽ mở lại đúng dữ liệu này.
english.UserGuide=OCOP Desktop user guide
english.CommandLine=OCOP Desktop - command line
english.LaunchAfter=Open OCOP Desktop
english.DataKept=Your data (the file ocop.sqlite, its backups and the settings) has not been removed. It is still in the folder:%n%n%1%n%nIf you install OCOP Desktop again, it opens this same data.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\docs\huong-dan.md"; DestDir: "{app}\docs"; DestName: "huong-dan.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:LaunchAfter}"
Name: "{autoprograms}\{#AppName}\{cm:UserGuide}"; Filename: "{app}\docs\huong-dan.txt"
Name: "{autoprograms}\{#AppName}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchAfter}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: only the files installed above are removed. The data folder is
; created by the program, not by this installer, so the uninstaller never deletes it.

[Code]
function DataFolder(): String;
begin
  { platformdirs.user_data_dir("OCOP Desktop", "OCOP") on Windows (ocop_desktop\paths.py) }
  Result := ExpandConstant('{localappdata}\OCOP\OCOP Desktop');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Text: String;
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
  begin
    Text := FmtMessage(CustomMessage('DataKept'), [DataFolder()]);
    { Into the uninstall log (/LOG) too: a silent uninstall shows no message box. }
    Log('DataKept: ' + Text);
    if not UninstallSilent() then
      MsgBox(Text, mbInformation, MB_OK);
  end;
end;
