package com.pingyi.evaluation.documents.notice;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The notice as one standalone HTML page (no script, no external resource), laid out like the document:
 * every text escaped, since titles, names and findings are typed by users.
 */
final class NoticeHtml {

    private static final String STYLE = """
            body{margin:0;background:#f4f4f4}
            article{max-width:156mm;margin:2em auto;padding:37mm 26mm 35mm 28mm;background:#fff;font:16pt/28pt FangSong,"仿宋",STFangsong,serif;color:#000}
            h1,h2.attachment-title{font:22pt/36pt "方正小标宋简体","FZXiaoBiaoSong-B05S",SimSun,serif;text-align:center;margin:0 0 28pt}
            h3{font:16pt/28pt SimHei,"黑体",sans-serif;margin:0;text-indent:2em}
            p{margin:0;text-align:justify;text-indent:2em}
            p.addressee{text-indent:0}
            p.signature,p.date{text-align:right;text-indent:0;margin-right:4em}
            p.signature{margin-top:28pt}
            section.attachment{break-before:page;page-break-before:always;margin-top:3em}
            section.attachment h3{text-indent:0;margin-top:14pt}
            p.attachment-label{font-family:SimHei,"黑体",sans-serif;text-indent:0}
            p.attachment-list{text-indent:0}
            @media print{body{background:#fff}article{margin:0;padding:0;max-width:none}}
            """;

    private NoticeHtml() {
    }

    static byte[] render(String title, List<NoticeLayout.Block> blocks) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<article>\n");
        boolean inAttachment = false;
        for (NoticeLayout.Block block : blocks) {
            if (block.newPage() && !inAttachment) {
                html.append("<section class=\"attachment\">\n");
                inAttachment = true;
            }
            String text = escape(block.text());
            switch (block.kind()) {
                case TITLE -> html.append("<h1>").append(text).append("</h1>\n");
                case ATTACHMENT_TITLE -> html.append("<h2 class=\"attachment-title\">").append(text).append("</h2>\n");
                case HEADING, ATTACHMENT_HEADING -> html.append("<h3>").append(text).append("</h3>\n");
                default -> html.append("<p class=\"").append(block.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .append("\">").append(text).append("</p>\n");
            }
        }
        if (inAttachment) {
            html.append("</section>\n");
        }
        html.append("</article>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The five characters that could end a text or an attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
