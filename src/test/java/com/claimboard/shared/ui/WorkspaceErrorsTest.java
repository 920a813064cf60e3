package com.claimboard.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

/** A browser that hangs up mid-answer is not a fault of ours: no reference, no error in the log. */
class WorkspaceErrorsTest {

    @Test
    void a_client_that_went_away_is_told_apart_from_a_fault() {
        assertThat(WorkspaceErrors.readerLeft(new ClientAbortException(new IOException("Broken pipe"))))
                .isTrue();
        assertThat(WorkspaceErrors.readerLeft(
                        new UncheckedIOException(new IOException(new SocketException("Connection reset")))))
                .isTrue();
        assertThat(WorkspaceErrors.readerLeft(new IllegalStateException("a fault of ours")))
                .isFalse();
        assertThat(WorkspaceErrors.readerLeft(new UncheckedIOException(new IOException("disk full"))))
                .isFalse();
    }
}
