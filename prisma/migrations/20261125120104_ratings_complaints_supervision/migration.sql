-- CreateEnum
CREATE TYPE "RatingAppealStatus" AS ENUM ('PENDING', 'UPHELD', 'REJECTED');

-- AlterTable
ALTER TABLE "ratings" ADD COLUMN     "excluded_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "rectification_tasks" ADD COLUMN     "called_back_by_staff_id" TEXT,
ADD COLUMN     "escalated_at" TIMESTAMPTZ(3),
ADD COLUMN     "resolved_by_staff_id" TEXT;

-- CreateTable
CREATE TABLE "rating_appeals" (
    "id" TEXT NOT NULL,
    "rating_id" TEXT NOT NULL,
    "requested_by_staff_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "RatingAppealStatus" NOT NULL DEFAULT 'PENDING',
    "decided_by_staff_id" TEXT,
    "decision_note" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rating_appeals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_attachments" (
    "complaint_id" TEXT NOT NULL,
    "file_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "complaint_attachments_pkey" PRIMARY KEY ("complaint_id","file_id")
);

-- CreateTable
CREATE TABLE "supervision_daily" (
    "day" DATE NOT NULL,
    "department_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "completed_with_due" INTEGER NOT NULL DEFAULT 0,
    "completed_on_time" INTEGER NOT NULL DEFAULT 0,
    "visits_sum" INTEGER NOT NULL DEFAULT 0,
    "zero_visit" INTEGER NOT NULL DEFAULT 0,
    "pre_reviewed" INTEGER NOT NULL DEFAULT 0,
    "pre_review_on_time" INTEGER NOT NULL DEFAULT 0,
    "first_pass" INTEGER NOT NULL DEFAULT 0,
    "delivered" INTEGER NOT NULL DEFAULT 0,
    "delivered_courier" INTEGER NOT NULL DEFAULT 0,
    "rating_very_satisfied" INTEGER NOT NULL DEFAULT 0,
    "rating_satisfied" INTEGER NOT NULL DEFAULT 0,
    "rating_basically_satisfied" INTEGER NOT NULL DEFAULT 0,
    "rating_dissatisfied" INTEGER NOT NULL DEFAULT 0,
    "rating_very_dissatisfied" INTEGER NOT NULL DEFAULT 0,
    "rating_default" INTEGER NOT NULL DEFAULT 0,
    "rating_excluded" INTEGER NOT NULL DEFAULT 0,
    "rectification_due" INTEGER NOT NULL DEFAULT 0,
    "rectification_on_time" INTEGER NOT NULL DEFAULT 0,
    "refreshed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supervision_daily_pkey" PRIMARY KEY ("day","department_id","region_code")
);

-- CreateIndex
CREATE UNIQUE INDEX "rating_appeals_rating_id_key" ON "rating_appeals"("rating_id");

-- CreateIndex
CREATE INDEX "rating_appeals_status_created_at_idx" ON "rating_appeals"("status", "created_at");

-- CreateIndex
CREATE INDEX "complaint_attachments_file_id_idx" ON "complaint_attachments"("file_id");

-- CreateIndex
CREATE INDEX "supervision_daily_department_id_day_idx" ON "supervision_daily"("department_id", "day");

-- CreateIndex
CREATE INDEX "supervision_daily_region_code_day_idx" ON "supervision_daily"("region_code", "day");

-- CreateIndex
CREATE INDEX "cases_completed_at_idx" ON "cases"("completed_at");

-- CreateIndex
CREATE INDEX "cases_delivered_at_idx" ON "cases"("delivered_at");

-- CreateIndex
CREATE INDEX "cases_submitted_at_idx" ON "cases"("submitted_at");

-- CreateIndex
CREATE INDEX "rectification_tasks_status_due_date_idx" ON "rectification_tasks"("status", "due_date");

-- AddForeignKey
ALTER TABLE "rating_appeals" ADD CONSTRAINT "rating_appeals_rating_id_fkey" FOREIGN KEY ("rating_id") REFERENCES "ratings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
