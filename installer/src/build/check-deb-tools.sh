#!/bin/sh
# Fails the build with a clear message when a tool jpackage needs for .deb packages is missing.
missing=""
for tool in fakeroot dpkg-deb dpkg ldd; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
  echo "installer: cannot build .deb packages, missing:$missing" >&2
  echo "installer: install them (Debian/Ubuntu: sudo apt-get install fakeroot dpkg-dev) or build on a Debian-based machine" >&2
  exit 1
fi
