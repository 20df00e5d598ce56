package com.pingyi.archfixture.straydocument.documents;

import com.pingyi.archfixture.straydocument.application.port.out.RenderPort;

@org.springframework.stereotype.Component
class GoodRenderer implements RenderPort {

    @Override
    public byte[] render(String text) {
        return new byte[0];
    }
}
