package org.reirradiation.knowledge;

/** One reason a knowledge base does not load: the file (relative to the rules directory), the line, what is wrong. */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
