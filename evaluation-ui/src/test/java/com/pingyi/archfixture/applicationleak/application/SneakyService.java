package com.pingyi.archfixture.applicationleak.application;

/** Breach: the application takes a Spring stereotype instead of being wired from outside. */
@org.springframework.stereotype.Service
public class SneakyService {

    @org.springframework.transaction.annotation.Transactional
    public String run() {
        return "ok";
    }
}
