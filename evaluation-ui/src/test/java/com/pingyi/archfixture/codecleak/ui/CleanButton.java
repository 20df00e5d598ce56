package com.pingyi.archfixture.codecleak.ui;

/** A view that does not touch the adapter: no breach. */
public class CleanButton {

    public String label() {
        return "导出归档";
    }
}
