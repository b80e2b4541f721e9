-- CreateIndex
CREATE INDEX "cases_department_id_completed_at_idx" ON "cases"("department_id", "completed_at");

-- CreateIndex
CREATE INDEX "cases_department_id_submitted_at_idx" ON "cases"("department_id", "submitted_at");

-- CreateIndex
CREATE INDEX "cases_department_id_delivered_at_idx" ON "cases"("department_id", "delivered_at");

-- CreateIndex
CREATE INDEX "ratings_created_at_idx" ON "ratings"("created_at");
