package com.pingyi.archfixture.filestostorage.files;

class CellText {
    String strip(String text) {
        return text.strip();
    }
}
