package vn.his.web.security;

import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.web.WebAttributes;

import vn.his.core.common.ClinicalTime;

/** The sign-in page of the screens (Spring Security handles the POST). */
@Controller
public class LoginController {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @GetMapping("/login")
    public String login(HttpSession session, Model model) {
        // after a refused POST Spring Security keeps the exception in the session; a lock says until when
        if (session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof TemporarilyLockedException e) {
            model.addAttribute("lockedUntil", UNTIL.format(e.until().atZone(ClinicalTime.VIETNAM)));
        }
        return "login";
    }
}
