package com.pingyi.archfixture.fileleak.ui;

import com.pingyi.archfixture.fileleak.files.SheetRows;

/** Breach: a screen parsing an uploaded file itself, past the adapter's port. */
public class UploadView {
    public int received(byte[] file) {
        return new SheetRows().count(file);
    }
}
