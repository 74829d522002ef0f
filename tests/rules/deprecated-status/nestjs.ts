import { Controller, Get, HttpException, Post, Res } from "@nestjs/common";
import type { Response } from "express";
import { StatusCodes } from "http-status-codes";

@Controller("brew")
export class BrewController {
  @Get("coffee")
  coffee(): never {
    throw new HttpException("I'm a teapot", 418);
    //                                      ^^^ deprecated-status warning =>
  }

  @Post("jobs")
  startJob(@Res() res: Response): void {
    res.status(StatusCodes.PROCESSING).end();
    //         ^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
  }

  @Get("via-proxy")
  viaProxy(@Res() res: Response): void {
    res.location("http://proxy.internal:3128");
    res.status(StatusCodes.USE_PROXY).end();
    //         ^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
  }

  @Get("tea")
  tea(@Res() res: Response): void {
    res.status(StatusCodes.OK).json({ kind: "green" });
    //         !!!!!!!!!!!!!! deprecated-status a current code
  }
}

export async function checkUpstream(url: string): Promise<boolean> {
  const response = await fetch(url);
  if (response.status === StatusCodes.IM_A_TEAPOT) {
  //                      !!!!!!!!!!!!!!!!!!!!!!! deprecated-status a client reading the status
    return false;
  }
  return response.ok;
}
