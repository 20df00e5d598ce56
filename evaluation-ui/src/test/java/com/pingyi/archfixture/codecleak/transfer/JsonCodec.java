package com.pingyi.archfixture.codecleak.transfer;

public class JsonCodec {

    public String write(Object value) {
        return String.valueOf(value);
    }
}
