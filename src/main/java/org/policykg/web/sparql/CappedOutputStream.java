package org.policykg.web.sparql;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes through until a limit, then throws: a query whose answer would exceed the response
 * cap stops writing (and so stops reading its results) at the cap.
 */
final class CappedOutputStream extends FilterOutputStream {
    private final long limit;
    private long written;
    private boolean exceeded;

    CappedOutputStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    private void count(int len) {
        written += len;
        if (written > limit) {
            exceeded = true;
            // unchecked: Jena's writers turn IOExceptions into their own, this one passes through
            throw new IllegalStateException("response larger than " + limit + " bytes");
        }
    }
}
