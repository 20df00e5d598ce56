package com.pingyi.archfixture.transferleak.transfer;

/** A codec that reaches for a screen: the breach the transfer rule must report. */
public class ChattyCodec {

    public byte[] write(String text) {
        com.vaadin.flow.component.notification.Notification.show(text);
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
