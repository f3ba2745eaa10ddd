# Sourced by the start scripts: finds a Java 21+ runtime, since the platform, BIRT and Derby are
# Java 21 class files and many machines still default to Java 17.
# Looks at $XIAOKANG_JAVA_HOME, $JAVA_HOME, the JDKs under /usr/lib/jvm and /opt, then `java` on PATH.

xiaokang_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

xiaokang_java_home() {
    checked=""
    path_java=$(command -v java 2>/dev/null || true)
    path_home=""
    [ -n "$path_java" ] && path_home=$(dirname "$(dirname "$(readlink -f "$path_java")")")
    for candidate in "${XIAOKANG_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* "$path_home"; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        major=$(xiaokang_java_major "$candidate")
        if [ "${major:-0}" -ge 21 ]; then
            echo "$candidate"
            return 0
        fi
        checked="$checked
  $candidate (Java ${major:-?})"
    done
    cat >&2 <<MSG
xiaokang: Java 21 or newer is required (Eclipse 4.38, BIRT 4.22 and Derby 10.17 are Java 21 class files).
Checked:${checked:-
  (no Java found)}
Install one (for example: apt-get install openjdk-21-jdk, or a Temurin 21+ JDK) or set XIAOKANG_JAVA_HOME.
MSG
    return 1
}
