package org.foodtrace.core.batch;

/** Certificates that accompany food: which one a category needs at origin exit is a rule of its batch type. */
public enum CertificateType {
    /** 动物检疫合格证明: live animals leaving the farm. */
    ANIMAL_QUARANTINE,
    /** 承诺达标合格证: vegetables, grain and oil leaving the producer. */
    COMPLIANCE_COMMITMENT,
    /** 出厂检验合格: manufactured food (infant formula, alcohol) leaving the factory. */
    FACTORY_INSPECTION,
    /** 肉品品质检验/动物产品检疫合格证明: meat leaving a designated slaughterhouse. */
    MEAT_QUARANTINE
}
