package com.pingyi.archfixture.classport.application.port.out;

public interface SavePort {

    void save(String row);
}
