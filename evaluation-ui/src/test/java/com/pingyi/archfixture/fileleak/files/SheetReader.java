package com.pingyi.archfixture.fileleak.files;

class SheetReader {
    int rows(byte[] file) {
        return new SheetRows().count(file);
    }
}
