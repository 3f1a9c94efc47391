package org.reirradiation.cli;

/** The command line cannot be carried out as written: exit status 2, with the usage. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
