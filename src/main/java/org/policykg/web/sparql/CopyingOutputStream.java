package org.policykg.web.sparql;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes through to the client and keeps a copy for the result cache, up to a limit: a larger
 * answer is still streamed in full, only not kept.
 */
final class CopyingOutputStream extends FilterOutputStream {
    private final long limit;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();

    CopyingOutputStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    /** The bytes written, or null when they passed the limit. */
    byte[] copied() {
        return copy == null ? null : copy.toByteArray();
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        if (keep(1)) {
            copy.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        if (keep(len)) {
            copy.write(b, off, len);
        }
    }

    private boolean keep(int len) {
        if (copy != null && copy.size() + (long) len > limit) {
            copy = null; // too large to keep: stop copying, and free what was copied
        }
        return copy != null;
    }
}
