class CommentsController < ApplicationController
  before_action :set_comment, only: %i[show update destroy]

  def show
    if stale?(@comment)
      render json: @comment
    else
      render json: @comment, status: :not_modified
      #                              ^^^^^^^^^^^^^ content-with-bodiless-status warning => :ok
    end
  end

  def create
    @comment = Comment.create!(comment_params)
    render json: @comment, status: :created
    #                              !!!!!!!! content-with-bodiless-status 201 carries a body
  end

  def update
    @comment.update!(comment_params)
    render json: @comment, status: :no_content
    #                              ^^^^^^^^^^^ content-with-bodiless-status warning => :ok
  end

  def destroy
    @comment.destroy!
    render json: { deleted: @comment.id }, status: 204
    #                                              ^^^ content-with-bodiless-status warning => 200
  end

  def clear
    Comment.delete_all
    head :no_content
    #    !!!!!!!!!!! content-with-bodiless-status head sends no body
  end

  def touch
    Comment.find(params[:id]).touch
    render json: nil, status: :no_content
    #                         !!!!!!!!!!! content-with-bodiless-status a nil body
  end

  private

  def set_comment
    @comment = Comment.find(params[:id])
  end

  def comment_params
    params.require(:comment).permit(:body)
  end
end
