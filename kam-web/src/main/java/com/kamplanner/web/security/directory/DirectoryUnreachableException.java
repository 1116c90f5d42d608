package com.kamplanner.web.security.directory;

/**
 * The directory did not answer, or refused the service account: nobody can be checked against it, which the
 * login page says, while local accounts can still sign in.
 */
public class DirectoryUnreachableException extends Exception {

    private static final long serialVersionUID = 1L;

    public DirectoryUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
