package com.pingyi.archfixture.documentleak.ui;

import com.pingyi.archfixture.documentleak.documents.NoticeDocx;

/** Breach: a view that reaches for the document writer instead of the export use case. */
public class NoticeButton {

    NoticeDocx writer;
}
