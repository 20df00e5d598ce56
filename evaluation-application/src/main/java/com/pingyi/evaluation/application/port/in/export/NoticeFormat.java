package com.pingyi.evaluation.application.port.in.export;

/** The formats the notice is rendered in. */
public enum NoticeFormat { DOCX, HTML }
