package org.reirradiation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The arguments of one command, read left to right. Options are written {@code --name VALUE} or
 * {@code --name=VALUE}; anything else is an operand. Every mistake is a {@link UsageException}: the
 * command line cannot be carried out as written, so nothing has been done yet.
 */
final class Arguments {

    private final String command;
    private final List<String> args;
    private int next;
    private String name;
    private String inlineValue;

    Arguments(String command, List<String> args) {
        this.command = command;
        this.args = args;
    }

    /** Moves to the next argument; false when there is none left. */
    boolean advance() {
        if (next >= args.size()) {
            return false;
        }
        String arg = args.get(next++);
        int equals = arg.indexOf('=');
        boolean option = arg.startsWith("--") && arg.length() > 2;
        name = option && equals > 0 ? arg.substring(0, equals) : arg;
        inlineValue = option && equals > 0 ? arg.substring(equals + 1) : null;
        return true;
    }

    /** The current argument's option name ({@code --rules}), or the operand itself. */
    String name() {
        return name;
    }

    /** True for an argument that is not an option; a lone {@code -} (standard input) is an operand. */
    boolean isOperand() {
        return !name.startsWith("-") || name.equals("-");
    }

    /** The value of the current option, from {@code --name=VALUE} or from the next argument. */
    String value() {
        if (inlineValue != null) {
            if (inlineValue.isEmpty()) {
                throw new UsageException(name + " needs a value");
            }
            return inlineValue;
        }
        if (next >= args.size() || args.get(next).startsWith("--")) {
            throw new UsageException(name + " needs a value");
        }
        return args.get(next++);
    }

    /** Refuses {@code --flag=value} for an option that takes no value. */
    void noValue() {
        if (inlineValue != null) {
            throw new UsageException(name + " takes no value");
        }
    }

    UsageException unknown() {
        return new UsageException(isOperand() ? command + " does not take '" + name + "'"
                : "unknown option " + name + " for " + command);
    }

    Path existingDirectory(String what) {
        return existing(value(), what, true);
    }

    Path existingFile(String what) {
        return existing(value(), what, false);
    }

    int positiveInt() {
        String value = value();
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " needs a whole number above 0, not '" + value + "'");
    }

    static Path existing(String value, String what, boolean directory) {
        Path path = Path.of(value);
        if (directory ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
            throw new UsageException("the " + what + " " + value
                    + (!Files.exists(path) ? " does not exist" : directory ? " is not a directory" : " is not a file"));
        }
        return path;
    }
}
