; Windows installer for the one-folder app (dist\hrd-desk\ built on Windows with
; packaging/hrd-desk.spec). Per-user: no administrator rights, installed under
; %LOCALAPPDATA%\Programs\hrd-desk, a Start menu entry, an uninstaller. The vault (in
; %LOCALAPPDATA%\hrd-desk) is never touched by installing, upgrading or uninstalling.
;   makensis /DVERSION=0.1.0 /DDIST=..\..\dist\hrd-desk /DOUTFILE=hrd-desk-0.1.0-setup.exe hrd-desk.nsi
; docs/packaging.md (Windows) says how the runner builds, signs and checks it.

Unicode true
!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef DIST
  !define DIST "..\..\dist\hrd-desk"
!endif
!ifndef OUTFILE
  !define OUTFILE "hrd-desk-${VERSION}-windows-x86_64-setup.exe"
!endif
!define APP "hrd-desk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ShowInstDetails nevershow
ShowUninstDetails nevershow

!include "MUI2.nsh"
!define MUI_ICON "..\icons\hrd-desk.ico"
!define MUI_UNICON "..\icons\hrd-desk.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\hrd-desk-gui.exe"
!insertmacro MUI_PAGE_LICENSE "..\..\LICENSE"
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "GPL-3.0-or-later"
VIAddVersionKey "FileDescription" "${APP} installer"

Section "hrd-desk"
  SetOutPath "$INSTDIR"
  ; an upgrade replaces the whole program folder: no file of an older version stays behind
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\hrd-desk-gui.exe" "" "$INSTDIR\hrd-desk-gui.exe" 0
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "The hrd-desk developers"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\hrd-desk-gui.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\hrd-desk.exe"
  Delete "$INSTDIR\hrd-desk-gui.exe"
  Delete "$INSTDIR\LICENSE"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
