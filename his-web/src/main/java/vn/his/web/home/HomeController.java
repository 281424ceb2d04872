package vn.his.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: facilities of the province with their encounter counts. */
@Controller
public class HomeController {

    private final FacilityOverviewQuery overview;

    public HomeController(FacilityOverviewQuery overview) {
        this.overview = overview;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("facilities", overview.all());
        return "home";
    }
}
