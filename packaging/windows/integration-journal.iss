; Inno Setup script for the Windows installer (the release workflow runs it on a Windows runner):
;   iscc /DAppVersion=0.1.0 packaging\windows\integration-journal.iss
; It installs the one-folder bundle (dist\integration-journal\, from packaging\integration-journal.spec)
; for the current user, with a Start-menu entry for the windowed app; the console command
; integration-journal.exe sits beside it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{7A0E5D2C-4B6F-4E8A-9F21-3C1D2B7E9A64}
AppName=Integration Journal
AppVersion={#AppVersion}
AppPublisher=Integration Journal contributors
DefaultDirName={autopf}\Integration Journal
DefaultGroupName=Integration Journal
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=integration-journal-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\integration-journal.ico
UninstallDisplayIcon={app}\Integration Journal.exe
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\integration-journal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Integration Journal"; Filename: "{app}\Integration Journal.exe"
Name: "{autodesktop}\Integration Journal"; Filename: "{app}\Integration Journal.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\Integration Journal.exe"; Description: "{cm:LaunchProgram,Integration Journal}"; Flags: nowait postinstall skipifsilent
