import { Controller, Delete, Get, Headers, Param, Put, Res } from "@nestjs/common";
import type { Response } from "express";
import { StatusCodes } from "http-status-codes";

import { UsersService } from "./users.service";

@Controller("users")
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Delete(":id")
  async remove(@Param("id") id: string, @Res() res: Response): Promise<void> {
    const removed = await this.users.remove(id);
    res.status(StatusCodes.NO_CONTENT).json(removed);
    //         ^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => StatusCodes.OK
  }

  @Put(":id/avatar")
  async avatar(@Param("id") id: string, @Res() res: Response): Promise<void> {
    await this.users.resetAvatar(id);
    res.status(204).send({ ok: true });
    //         ^^^ content-with-bodiless-status warning => 200
  }

  @Get(":id")
  async findOne(
    @Param("id") id: string,
    @Headers("if-none-match") etag: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const user = await this.users.find(id);
    if (etag === user.etag) {
      res.status(StatusCodes.NOT_MODIFIED).end();
      //         !!!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body
      return;
    }
    res.status(StatusCodes.OK).json(user);
    //         !!!!!!!!!!!!!! content-with-bodiless-status 200 carries a body
  }

  @Delete(":id/sessions")
  async logoutEverywhere(@Param("id") id: string, @Res() res: Response): Promise<void> {
    await this.users.dropSessions(id);
    res.status(StatusCodes.NO_CONTENT).send();
    //         !!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body
  }
}
