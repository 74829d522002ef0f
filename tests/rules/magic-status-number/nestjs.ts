import { Controller, Delete, Get, HttpException, Param, Res } from "@nestjs/common";
import type { Response } from "express";
import { StatusCodes } from "http-status-codes";

import { ProjectsService } from "./projects.service";

@Controller("projects")
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get(":id")
  async findOne(@Param("id") id: string) {
    const project = await this.projects.find(id);
    if (!project) {
      throw new HttpException("Project not found", 404);
      //                                           ^^^ magic-status-number hint => StatusCodes.NOT_FOUND
    }
    if (project.archived) {
      throw new HttpException("Project archived", StatusCodes.GONE);
      //                                          !!!!!!!!!!!!!!!! magic-status-number already named
    }
    return project;
  }

  @Delete(":id")
  async remove(@Param("id") id: string, @Res() res: Response): Promise<void> {
    if (await this.projects.hasOpenTasks(id)) {
      res.status(409).json({ error: "project has open tasks" });
      //         ^^^ magic-status-number hint => StatusCodes.CONFLICT
      return;
    }
    await this.projects.remove(id);
    res.status(StatusCodes.NO_CONTENT).end();
  }

  @Get(":id/legacy")
  legacy(@Param("id") id: string, @Res() res: Response): void {
    res.redirect(308, `/projects/${id}`);
    //           ^^^ magic-status-number hint => StatusCodes.PERMANENT_REDIRECT
  }
}
