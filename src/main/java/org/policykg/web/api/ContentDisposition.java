package org.policykg.web.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file name a {@code Content-Disposition} header gives a request body (RFC 6266). */
final class ContentDisposition {
    private static final Pattern EXTENDED = Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*UTF-8''([^;\\s]+)");
    private static final Pattern PLAIN = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

    private ContentDisposition() {}

    /** The file name, without any folder a client put before it, or null when the header names none. */
    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        String name = null;
        Matcher m = EXTENDED.matcher(header);
        if (m.find()) {
            name = URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        } else {
            m = PLAIN.matcher(header);
            if (m.find()) {
                name = m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return baseName(name);
    }

    /** A client's file name without the folders some browsers put before it, or null when blank. */
    static String baseName(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return last.isBlank() ? null : last;
    }
}
