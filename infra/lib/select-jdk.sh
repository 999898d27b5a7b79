# Sourced by the project's scripts: exports JAVA_HOME to a JDK of release 21 or newer.
# Order: $JAVA_HOME if new enough, the JDKs under /usr/lib/jvm (newest first), then the
# java on PATH. Fails with a clear message when none is found.

clocher_java_release() {
	"$1/bin/java" -XshowSettings:properties -version 2>&1 |
		awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

clocher_select_jdk() {
	local candidate release
	local candidates=()
	[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
	while IFS= read -r candidate; do candidates+=("$candidate"); done < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's:/$::' | sort -rV)
	if command -v java >/dev/null 2>&1; then
		candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
	fi
	for candidate in "${candidates[@]}"; do
		[ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
		release=$(clocher_java_release "$candidate")
		if [ -n "$release" ] && [ "${release%%.*}" -ge 21 ] 2>/dev/null; then
			export JAVA_HOME="$candidate"
			export PATH="$JAVA_HOME/bin:$PATH"
			return 0
		fi
	done
	echo "Clocher needs a JDK of release 21 or newer (set JAVA_HOME); none found." >&2
	return 1
}
