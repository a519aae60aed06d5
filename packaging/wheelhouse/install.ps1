# Install hrd-desk from this wheelhouse on Windows, with no network (see install.sh; untested
# here: docs/packaging.md). Needs Python 3.11 from python.org.
#   powershell -ExecutionPolicy Bypass -File install.ps1 [VENV_DIR]
param([string]$Venv = "$env:LOCALAPPDATA\hrd-desk-venv")
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
py -3.11 -m venv --without-pip --clear $Venv
$env:PIP_CONFIG_FILE = "NUL"
& "$Venv\Scripts\python.exe" "$here\wheels\@PIP_WHEEL@\pip" install --isolated --no-index `
  --find-links "$here\wheels" --require-hashes --only-binary=:all: `
  --disable-pip-version-check -q -r "$here\requirements.txt"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Write-Output "hrd-desk installed in $Venv; command: $Venv\Scripts\hrd-desk.exe"
