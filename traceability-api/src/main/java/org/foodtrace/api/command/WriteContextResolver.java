package org.foodtrace.api.command;

import jakarta.servlet.http.HttpServletRequest;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.api.idempotency.IdempotencyKeys;
import org.foodtrace.api.security.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Supplies {@link WriteContext} to handler methods: authenticated caller, validated Idempotency-Key, path. */
class WriteContextResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == WriteContext.class;
    }

    @Override
    public WriteContext resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                        NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED, "A write needs a bearer token.");
        }
        return new WriteContext(caller, IdempotencyKeys.validated(request.getHeader(IdempotencyKeys.HEADER)),
                request.getMethod(), request.getRequestURI());
    }
}
