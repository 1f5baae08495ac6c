; Inno Setup script: the Windows installer for Backup Code Vault, made from dist\codevault\.
;   iscc /DAppVersion=0.1.0 packaging\windows\codevault.iss     (run from the repository root)
; A per-user install: no administrator rights asked for, files under %LOCALAPPDATA%\Programs,
; a Start-menu entry, and .bcvault files open in the app. The vault itself lives in
; %APPDATA%\Backup Code Vault — never in the program folder — and the uninstaller leaves it
; alone: removing the program never removes anyone's codes.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Backup Code Vault"
#define AppExe "codevault.exe"
#define ProgId "BackupCodeVault.Vault"
#define Root "..\.."

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{E5A6C40A-0B20-4FF2-A9EF-4D8B4C8FE7AB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Backup Code Vault developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir={#Root}\dist
OutputBaseFilename=BackupCodeVault-{#AppVersion}-Setup
SetupIconFile={#Root}\build\icons\codevault.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
LicenseFile={#Root}\LICENSE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\codevault\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Keep one-time backup codes encrypted on this computer"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The file association, for this user only (HKA is HKCU in a per-user install).
Root: HKA; Subkey: "Software\Classes\.bcvault\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{#AppName} file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".bcvault"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries: only the files this installer put into {app} are removed.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox('Backup Code Vault was removed. Your vault with your codes was not deleted: it is still in '
      + ExpandConstant('{userappdata}') + '\Backup Code Vault, and opens again if you reinstall.',
      mbInformation, MB_OK);
end;
