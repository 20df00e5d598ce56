package com.pingyi.archfixture.strayadapter.application.port.out;

public interface LoadPort {

    String load();
}
