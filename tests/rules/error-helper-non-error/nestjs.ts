import { Body, Controller, Get, HttpException, Param, Post } from "@nestjs/common";

import { InvitesService } from "./invites.service";

@Controller("invites")
export class InvitesController {
  constructor(private readonly invites: InvitesService) {}

  @Get(":token")
  async accept(@Param("token") token: string) {
    const invite = await this.invites.find(token);
    if (!invite) {
      throw new HttpException("Invite not found", 404);
      //                                          !!! error-helper-non-error a real error
    }
    if (invite.acceptedAt) {
      throw new HttpException("Invite already accepted", 200);
      //                                                 ^^^ error-helper-non-error warning =>
    }
    return this.invites.accept(invite);
  }

  @Post()
  async create(@Body() body: { email: string }) {
    if (await this.invites.exists(body.email)) {
      throw new HttpException({ error: "already invited" }, 409);
      //                                                    !!! error-helper-non-error a real error
    }
    if (await this.invites.pending(body.email)) {
      throw new HttpException("Invite resent", 202);
      //                                       ^^^ error-helper-non-error warning =>
    }
    return this.invites.create(body.email);
  }
}
