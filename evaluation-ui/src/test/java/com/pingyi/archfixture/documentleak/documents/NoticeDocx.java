package com.pingyi.archfixture.documentleak.documents;

public class NoticeDocx {
}
