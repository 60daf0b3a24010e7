package org.policykg.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * What went wrong with a file, in words: the JDK's file exceptions carry only the path as their
 * message, so "Cannot read x.txt: x.txt" would say nothing.
 */
final class FileErrors {
    private FileErrors() {}

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }
}
