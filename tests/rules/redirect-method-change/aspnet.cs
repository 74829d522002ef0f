using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Controllers;

[ApiController]
[Route("[controller]")]
public class AccountController : ControllerBase
{
    [HttpPost("login")]
    public IActionResult Login([FromForm] LoginForm form)
    {
        Response.Headers.Location = "/dashboard";
        return StatusCode(StatusCodes.Status302Found);
        //                ^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => StatusCodes.Status303SeeOther | StatusCodes.Status307TemporaryRedirect
    }

    [HttpPut("profile")]
    public IActionResult UpdateProfile([FromBody] Profile profile)
    {
        Response.Headers.Location = "/account/profile";
        return StatusCode(301);
        //                ^^^ redirect-method-change warning => 303 | 308
    }

    [HttpDelete("sessions/{id}")]
    public IActionResult EndSession(string id)
    {
        Response.StatusCode = (int)HttpStatusCode.Found;
        //                         ^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => HttpStatusCode.SeeOther | HttpStatusCode.TemporaryRedirect
        Response.Headers.Location = "/account/sessions";
        return new EmptyResult();
    }

    [HttpPatch("settings")]
    public IActionResult PatchSettings()
    {
        Response.Headers.Location = "/account/settings";
        return StatusCode(StatusCodes.Status303SeeOther);
        //                !!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change already 303
    }

    [HttpPost("upload")]
    public IActionResult Upload()
    {
        Response.Headers.Location = "https://storage.example.com/upload";
        return StatusCode(StatusCodes.Status307TemporaryRedirect);
        //                !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change 307 keeps the method
    }

    [HttpGet("old")]
    public IActionResult Old()
    {
        Response.Headers.Location = "/account";
        return StatusCode(StatusCodes.Status301MovedPermanently);
        //                !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET action
    }

    [HttpGet("home")]
    public IActionResult Home()
    {
        Response.StatusCode = 302;
        //                    !!! redirect-method-change GET action
        Response.Headers.Location = "/dashboard";
        return new EmptyResult();
    }

    private IActionResult MovedTo(string location)
    {
        Response.Headers.Location = location;
        return StatusCode((int)HttpStatusCode.MovedPermanently);
        //                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change hint => HttpStatusCode.SeeOther | HttpStatusCode.PermanentRedirect
    }
}

public record LoginForm(string User, string Password);

public record Profile(string Name);
