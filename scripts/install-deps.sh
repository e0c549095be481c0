#!/usr/bin/env bash
# Installs what building, testing and the demo need, and only what is missing:
# Debian's -dev packages for the system-library targets, and moto (the local AWS emulator) plus the
# Python test tooling from PyPI. Safe to run again; prints nothing when everything is there.
set -euo pipefail

# libdeflate-dev: gunzips a log file already in memory in one call, twice as fast as zlib's inflate.
debian_packages=(pkg-config libsqlite3-dev libyaml-dev libssl-dev zlib1g-dev libzstd-dev libdeflate-dev libcurl4 libxml2 jq python3)
python_modules=("moto:moto[server]" "boto3:boto3" "jsonschema:jsonschema" "awscli:awscli")

missing=()
for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "installing Debian packages: ${missing[*]}" >&2
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Python tooling goes into the interpreter on PATH when it takes packages (pyenv, a virtualenv);
# a Debian system Python refuses (PEP 668), so then it goes into a project venv in .tools/venv,
# which the Makefile puts on PATH.
python=${PYTHON:-python3}
venv="$(cd "$(dirname "$0")/.." && pwd)/.tools/venv"
if [ -x "$venv/bin/python" ]; then
    python="$venv/bin/python"
elif ! "$python" -m pip --version >/dev/null 2>&1 || "$python" -c 'import sys, sysconfig, os; sys.exit(0 if os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'; then
    dpkg-query -W -f='${Status}' python3-venv 2>/dev/null | grep -q "install ok installed" || {
        sudo_cmd=()
        [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
        "${sudo_cmd[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq python3-venv python3-pip >/dev/null
    }
    echo "creating a Python venv for test tooling in .tools/venv" >&2
    python3 -m venv "$venv"
    python="$venv/bin/python"
fi
pip_missing=()
for entry in "${python_modules[@]}"; do
    module=${entry%%:*}
    requirement=${entry#*:}
    "$python" -c "import $module" 2>/dev/null || pip_missing+=("$requirement")
done
[ -x "$(dirname "$python")/moto_server" ] || command -v moto_server >/dev/null 2>&1 || pip_missing+=("moto[server]")
"$python" -c "import flask, flask_cors" 2>/dev/null || pip_missing+=("moto[server]")
if ((${#pip_missing[@]})); then
    echo "installing Python test tooling: ${pip_missing[*]}" >&2
    "$python" -m pip install --quiet "${pip_missing[@]}"
fi
