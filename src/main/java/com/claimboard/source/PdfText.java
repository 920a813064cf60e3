package com.claimboard.source;

import com.claimboard.shared.fetching.FetchFailure;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF, page after page, as the stored copy of a source; its title when the document names one. */
final class PdfText {

    private PdfText() {}

    static boolean looksLikePdf(byte[] body) {
        return body != null
                && body.length >= 5
                && body[0] == '%'
                && body[1] == 'P'
                && body[2] == 'D'
                && body[3] == 'F'
                && body[4] == '-';
    }

    static Snapshot extract(byte[] body) {
        try (PDDocument document = Loader.loadPDF(body)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replace("\r\n", "\n").strip();
            if (text.isEmpty()) {
                return Snapshot.failed(
                        FetchFailure.Reason.PDF_NO_TEXT, document.getNumberOfPages() + " pages, no text");
            }
            String title = document.getDocumentInformation() == null
                    ? null
                    : document.getDocumentInformation().getTitle();
            return new Snapshot(title == null || title.isBlank() ? null : title.strip(), text, null, null);
        } catch (InvalidPasswordException locked) {
            return Snapshot.failed(FetchFailure.Reason.PDF_UNREADABLE, "locked with a password");
        } catch (IOException | RuntimeException damaged) {
            return Snapshot.failed(FetchFailure.Reason.PDF_UNREADABLE, String.valueOf(damaged.getMessage()));
        }
    }
}
