package com.pingyi.evaluation.domain.notice;

import com.pingyi.evaluation.domain.shared.Texts;

/**
 * The typed parts of a notice: its title, addressee, basis document (number and title), the
 * programme's name as the summary sentence quotes it, the attachment's subject, and the issuer who
 * signs it. Everything else in the notice is computed.
 *
 * @param title e.g. 上海市教育委员会关于公布2019年度各区教育局政务公开评议结果的通知
 * @param addressee e.g. 各区教育局
 * @param basisDocumentNumber e.g. 沪教委办〔2019〕38号
 * @param basisDocumentTitle the title of the basis document
 * @param programme e.g. 区教育局政务公开评议工作, as in "2019年度区教育局政务公开评议工作“优秀单位”"
 * @param attachmentSubject e.g. 区教育局政务公开, as in "2019年区教育局政务公开优秀、良好、合格单位名单"
 * @param issuer e.g. 上海市教育委员会
 */
public record NoticeSettings(String title, String addressee, String basisDocumentNumber, String basisDocumentTitle,
        String programme, String attachmentSubject, String issuer) {

    public NoticeSettings {
        title = Texts.required(title, "notice.title-required", 300);
        addressee = Texts.required(addressee, "notice.addressee-required", 200);
        basisDocumentNumber = Texts.required(basisDocumentNumber, "notice.basis-required", 100);
        basisDocumentTitle = Texts.required(basisDocumentTitle, "notice.basis-required", 300);
        programme = Texts.required(programme, "notice.programme-required", 200);
        attachmentSubject = Texts.required(attachmentSubject, "notice.programme-required", 200);
        issuer = Texts.required(issuer, "notice.issuer-required", 200);
    }
}
