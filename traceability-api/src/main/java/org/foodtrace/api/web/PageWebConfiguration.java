package org.foodtrace.api.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The pages' language ({@code ?lang=}) and their Content-Security-Policy. */
@Configuration(proxyBeanMethods = false)
class PageWebConfiguration implements WebMvcConfigurer {

    static final String[] PAGES = {"/", "/t", "/t/**", "/regulator", "/regulator/**"};

    @Bean
    LocaleResolver localeResolver() {
        return new PageLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor language = new LocaleChangeInterceptor();
        language.setParamName("lang");
        language.setIgnoreInvalidLocale(true);
        registry.addInterceptor(language).addPathPatterns(PAGES);
        registry.addInterceptor(new PageHeadersInterceptor()).addPathPatterns(PAGES);
    }
}
