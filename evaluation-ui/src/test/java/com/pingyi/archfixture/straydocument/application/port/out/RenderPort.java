package com.pingyi.archfixture.straydocument.application.port.out;

public interface RenderPort {

    byte[] render(String text);
}
