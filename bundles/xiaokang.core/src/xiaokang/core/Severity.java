package xiaokang.core;

/** How serious a rule violation is. */
public enum Severity {
    ERROR, WARNING, INFO
}
